package org.corporateparenting.report;

/**
 * Text for the templates' styled-text fields: words from records or users are escaped, so a "&lt;" in a
 * comment prints as typed and can never change the page's markup. Figures quoted in a sentence are set bold.
 */
public final class Styled {

    private Styled() {
    }

    public static String plain(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static String bold(String text) {
        return "<b>" + plain(text) + "</b>";
    }

    /**
     * A red, amber or green status as its shape in the status colour followed by its words, so the status never
     * relies on colour alone ({@code shape} as the domain names it: circle, triangle, square or none).
     */
    public static String status(String words, String shape) {
        String mark = switch (shape) {
            case "circle" -> "<style forecolor=\"#007A5A\">●</style> ";
            case "triangle" -> "<style forecolor=\"#B36B00\">▲</style> ";
            case "square" -> "<style forecolor=\"#B8400A\">■</style> ";
            default -> "";
        };
        return mark + plain(words);
    }
}
