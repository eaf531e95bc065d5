package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.corporateparenting.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class Ssda903TextTest {

    private static final String RETURN = "<EXPSSDA903><CHILD><HEADER><CHILDID>Ren\u00e9e-\u00a31</CHILDID></HEADER></CHILD></EXPSSDA903>";

    @Test
    void anXmlFileIsReadInTheEncodingItDeclares() {
        byte[] latin = ("<?xml version=\"1.0\" encoding=\"windows-1252\"?>" + RETURN).getBytes(Charset.forName("windows-1252"));
        assertThat(Ssda903Zip.files(latin).get(Ssda903Zip.LONE_XML)).contains("<CHILDID>Ren\u00e9e-\u00a31</CHILDID>");
        byte[] iso = ("<?xml version='1.0' encoding='ISO-8859-1' ?>\n" + RETURN).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Ssda903Text.of("SSDA903_2025-26.xml", iso)).contains("Ren\u00e9e-\u00a31");
    }

    @Test
    void withoutADeclarationXmlIsUtf8OrUtf16ByItsByteOrderMarkAndCsvIsUtf8() {
        assertThat(Ssda903Text.of("return.xml", RETURN.getBytes(StandardCharsets.UTF_8))).isEqualTo(RETURN);
        assertThat(Ssda903Text.of("return.xml", ("\uFEFF" + RETURN).getBytes(StandardCharsets.UTF_16BE))).isEqualTo(RETURN);
        assertThat(Ssda903Text.of("header.csv", "CHILD\r\nRen\u00e9e\r\n".getBytes(StandardCharsets.UTF_8))).contains("Ren\u00e9e");
    }

    @Test
    void anEncodingThisSystemDoesNotReadIsAnErrorOnTheFile() {
        byte[] odd = ("<?xml version=\"1.0\" encoding=\"x-no-such-encoding\"?>" + RETURN).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> Ssda903Text.of("return.xml", odd)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("return.xml declares the encoding x-no-such-encoding");
    }
}
