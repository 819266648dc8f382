package io.strandwatch.agent.instrumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Proxy;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ProxyObjectMethodsTest {

  @Test
  void aWrapperEqualsOnlyItselfHashesByIdentityAndPrintsAsTheWrappedObject() {
    Supplier<String> wrapped = () -> "answer";
    @SuppressWarnings("unchecked")
    Supplier<String> proxy = (Supplier<String>) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Supplier.class}, (p, method, args) -> method.getDeclaringClass() == Object.class
            ? ProxyObjectMethods.invoke(p, wrapped, method.getName(), args) : method.invoke(wrapped, args));
    assertEquals(proxy, proxy);
    assertNotEquals(proxy, wrapped);
    assertEquals(System.identityHashCode(proxy), proxy.hashCode());
    assertEquals(wrapped.toString(), proxy.toString());
    assertEquals("answer", proxy.get());
  }
}
