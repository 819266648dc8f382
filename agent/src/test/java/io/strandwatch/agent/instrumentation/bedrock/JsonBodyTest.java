package io.strandwatch.agent.instrumentation.bedrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

  @Test
  void parsesNestedValues() {
    Object v = JsonBody.parse(" {\"a\": {\"b\": [1, -2.5e1, true, null, \"x\\u0041\\n\\\"\"]}, \"c\": {}, \"d\": []} ");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("a", Collections.singletonMap("b", Arrays.asList(1L, -25.0, true, null, "xA\n\"")));
    expected.put("c", Collections.emptyMap());
    expected.put("d", Collections.emptyList());
    assertEquals(expected, v);
    assertEquals(1L, ((java.util.List<?>) JsonBody.path(v, "a", "b")).get(0));
    assertNull(JsonBody.path(v, "a", "missing", "deeper"));
  }

  @Test
  void malformedInputIsNull() {
    assertNull(JsonBody.parse("{\"a\":"));
    assertNull(JsonBody.parse("{\"a\":1} trailing"));
    assertNull(JsonBody.parse("nope"));
    assertNull(JsonBody.parse(""));
    assertNull(JsonBody.parse(null));
  }
}
