package org.grenier.acquisition.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineAssemblerTest {

    @Test
    void assemblesLinesAcrossChunksAndLineEndings() {
        List<String> lines = new ArrayList<>();
        LineAssembler assembler = new LineAssembler(lines::add);
        assembler.accept(bytes("id=A;T=1"));
        assembler.accept(bytes(".5\r\nid=B;T=2\n\nid=C"));
        assertEquals(List.of("id=A;T=1.5", "id=B;T=2"), lines);
        assembler.accept(bytes(";T=3\r"));
        assertEquals("id=C;T=3", lines.get(2));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
