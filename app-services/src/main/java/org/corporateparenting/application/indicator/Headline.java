package org.corporateparenting.application.indicator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One of the board summary's headline sentences ("We have 437 children in care ..."), made of plain text and
 * figures, so that screens and packs can set the figures in bold. {@code codes} names the indicators it quotes.
 */
public record Headline(String topic, List<String> codes, List<Part> parts) {

    /** A piece of the sentence; {@code figure} marks a quoted value. */
    public record Part(String text, boolean figure) {
    }

    public String text() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }
}
