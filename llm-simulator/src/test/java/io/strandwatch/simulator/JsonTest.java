package io.strandwatch.simulator;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTest {

    @Test
    void writesObjectsInInsertionOrderWithExplicitNulls() {
        Map<String, Object> value = Json.object("b", 1, "a", null, "s", "q\"\\\n\u0001", "l", Json.array(true, 2.5));
        assertEquals("{\"b\":1,\"a\":null,\"s\":\"q\\\"\\\\\\n\\u0001\",\"l\":[true,2.5]}", Json.write(value));
    }

    @Test
    void parsesWhatItWrites() {
        String text = "{ \"n\": -12, \"d\": 1.5e2, \"t\": [true, false, null], \"u\": \"\\u00e9\\/x\", \"o\": {} }";
        Map<?, ?> parsed = (Map<?, ?>) Json.parse(text);
        assertEquals(-12L, parsed.get("n"));
        assertEquals(new BigDecimal("1.5e2"), parsed.get("d"));
        assertEquals(Arrays.asList(true, false, null), parsed.get("t"));
        assertEquals("é/x", parsed.get("u"));
        assertEquals(Map.of(), parsed.get("o"));
        assertEquals(parsed, Json.parse(Json.write(parsed)));
    }

    @Test
    void pathFollowsObjectKeys() {
        Object root = Json.parse("{\"a\":{\"b\":{\"c\":3}}}");
        assertEquals(3L, Json.path(root, "a", "b", "c"));
        assertNull(Json.path(root, "a", "x", "c"));
    }

    @Test
    void rejectsInvalidJson() {
        for (String bad : List.of("{", "{\"a\":}", "[1,]", "tru", "{\"a\":1} x", "\"\\q\"", "01x")) {
            assertThrows(IllegalArgumentException.class, () -> Json.parse(bad), bad);
        }
    }

    @Test
    void writesFloatArraysAsNumbers() {
        assertEquals("[0.5,1.0]", Json.write(new float[] {0.5f, 1f}));
    }
}
