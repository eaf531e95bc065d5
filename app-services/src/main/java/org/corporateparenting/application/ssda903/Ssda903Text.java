package org.corporateparenting.application.ssda903;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * A 903 file's bytes as text. CSV files are UTF-8 (the DfE's layout; a byte order mark is read past later). An XML
 * file is read in the encoding it declares ({@code <?xml version="1.0" encoding="windows-1252"?>}, as case systems
 * that export Latin-1 names write), or UTF-16 when it starts with that byte order mark, else UTF-8 as XML itself
 * says; an encoding Java does not know is an error on the file, not a guess.
 */
final class Ssda903Text {

    private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private Ssda903Text() {
    }

    static String of(String fileName, byte[] content) {
        if (!Ssda903Xml.isXml(fileName) && !fileName.equals(Ssda903Zip.LONE_XML)) {
            return new String(content, StandardCharsets.UTF_8);
        }
        if (content.length >= 2 && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
                || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)) {
            return new String(content, StandardCharsets.UTF_16);
        }
        String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED.matcher(head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head);
        if (!declared.find()) {
            return new String(content, StandardCharsets.UTF_8);
        }
        try {
            return new String(content, Charset.forName(declared.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw RuleViolation.of("file", fileName + " declares the encoding " + declared.group(1)
                    + ", which is not one this system reads; save it as UTF-8.");
        }
    }
}
