package org.corporateparenting.report.accessible;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the CIDSet out of the embedded fonts' descriptors. OpenPDF lists in it only the glyphs a text used, while the
 * subset it embeds also holds glyphs those are built from, so the set is wrong, which PDF/UA-1 forbids (ISO 14289-1,
 * 7.21.4.2, as in PDF/A-2); the key is optional, so it is left out. The reference is blanked with spaces of the same
 * length, so every object keeps its place and the cross-reference table stays right; the CIDSet stream itself stays
 * in the file, unreferenced. Only uncompressed object dictionaries are looked at (the exporter writes no object streams).
 */
public final class FontDescriptors {

    private static final Pattern CIDSET = Pattern.compile("/CIDSet\\s*\\d+\\s+\\d+\\s+R");

    private FontDescriptors() {
    }

    public static byte[] withoutCidSet(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher matcher = CIDSET.matcher(text);
        byte[] out = null;
        while (matcher.find()) {
            int open = text.lastIndexOf("<<", matcher.start());
            if (open >= 0 && text.substring(open, matcher.start()).contains("/FontDescriptor")) {
                out = out == null ? pdf.clone() : out;
                for (int i = matcher.start(); i < matcher.end(); i++) {
                    out[i] = ' ';
                }
            }
        }
        return out == null ? pdf : out;
    }
}
