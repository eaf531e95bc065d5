package org.corporateparenting.report.accessible;

import java.nio.charset.StandardCharsets;

/**
 * The file's XMP metadata packet: its title, author, subject and language as Dublin Core, the producing tool, and the
 * PDF/UA identification (part 1) that PDF/UA-1 requires in the catalog's metadata stream (ISO 14289-1, 5 and 7.1).
 */
final class XmpPacket {

    private XmpPacket() {
    }

    static byte[] of(String title, String author, String subject, String creator, String language) {
        String lang = language == null ? "x-default" : language;
        StringBuilder xmp = new StringBuilder()
                .append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n")
                .append("<dc:format>application/pdf</dc:format>\n");
        if (title != null) {
            xmp.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escaped(title)).append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        if (author != null) {
            xmp.append("<dc:creator><rdf:Seq><rdf:li>").append(escaped(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (subject != null) {
            xmp.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escaped(subject))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        xmp.append("<dc:language><rdf:Bag><rdf:li>").append(escaped(lang)).append("</rdf:li></rdf:Bag></dc:language>\n");
        if (creator != null) {
            xmp.append("<xmp:CreatorTool>").append(escaped(creator)).append("</xmp:CreatorTool>\n");
        }
        xmp.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return xmp.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
