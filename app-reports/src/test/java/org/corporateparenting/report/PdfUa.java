package org.corporateparenting.report;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Checks a PDF against PDF/UA-1 (ISO 14289-1) with veraPDF, the PDF Association's reference validator, and tells
 * each rule the file breaks: its clause and test number in veraPDF's PDF/UA-1 profile (the Matterhorn Protocol's
 * machine checks), the rule's words and how often it failed. Shared with the services' tests (test jar).
 */
public final class PdfUa {

    /** One broken rule: e.g. clause 7.5, test 1, "Table header cell has no associated subcells", 12 times. */
    public record Failure(String clause, int test, String description, int count, String example) {
        @Override
        public String toString() {
            return clause + "-" + test + " ×" + count + ": " + description + (example == null ? "" : " [e.g. " + example + "]");
        }
    }

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** Every PDF/UA-1 rule the file fails, by clause and test number; empty when veraPDF finds it compliant. */
    public static List<Failure> failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Failure> byRule = new TreeMap<>();
            for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
                RuleId id = failed.getKey();
                Rule rule = result.getValidationProfile().getRuleByRuleId(id);
                String example = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED && id.equals(a.getRuleId()))
                        .map(a -> a.getLocation() == null ? a.getErrorMessage() : a.getLocation().getContext()).findFirst().orElse(null);
                byRule.put(String.format("%-8s %03d", id.getClause(), id.getTestNumber()),
                        new Failure(id.getClause(), id.getTestNumber(), rule == null ? "" : rule.getDescription(), failed.getValue(), example));
            }
            if (!result.isCompliant() && byRule.isEmpty()) {
                byRule.put("?", new Failure("?", 0, "not compliant (" + result.getJobEndStatus() + ")", 1, null));
            }
            return new ArrayList<>(byRule.values());
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not check the file: " + e.getMessage(), e);
        }
    }
}
