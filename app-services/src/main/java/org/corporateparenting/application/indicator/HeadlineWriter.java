package org.corporateparenting.application.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.indicator.Unit;

/**
 * Writes the board summary's headline sentences from a month's frozen figures, following the sentences of the
 * Dorset March 2023 pack (see indicators.md, report layouts) with two corrections the digest asks for: each
 * sentence names the population of the indicator it quotes (the pack's headline said "aged 16 or under" where
 * its table said "under 16"), and an indicator reported in arrears names its cohort months instead of
 * "last month". Figures are rounded once, half up, from the unrounded value to whole numbers, as the pack's
 * headlines are (64.55 reads 65). A withheld figure reads "fewer than N" for a count and "a withheld percentage"
 * otherwise (the sentence then starts with a capital);
 * a sentence whose indicator was not published that month, or could not be computed (no attendance recorded yet this
 * academic year), is left out, and so is a comparison with an earlier month that has no figure: the summary says
 * nothing rather than "not available".
 */
final class HeadlineWriter {

    /** An indicator's figure in the month or some months before; null when not published. */
    interface Figures {
        Figure figure(String code, int monthsBefore);
    }

    /** The unrounded value (null when it could not be computed), whether it is withheld, and its cohort month. */
    record Figure(BigDecimal value, boolean suppressed, Unit unit, String cohortLabel) {
    }

    private final ReportingMonth month;
    private final Figures figures;
    private final int threshold;

    HeadlineWriter(ReportingMonth month, Figures figures, int threshold) {
        this.month = month;
        this.figures = figures;
        this.threshold = threshold;
    }

    List<Headline> write() {
        List<Headline> all = new ArrayList<>();
        keep(all, childrenInCare());
        keep(all, percentOf("Placement stability", "PLC_STAB_LONGTERM",
                "Of our children who have been in care for 2.5 years or more (aged under 16), ",
                " have lived in the same placement for 2 years or more.", " Last month it was "));
        keep(all, percentOf("Placement stability", "PLC_STAB_3PLUS", "",
                " of our children in care had 3 or more placements in the last 12 months.", " Last month it was "));
        keep(all, percentOf("Health", "EWB_SDQ_COMPLETED",
                "Of our children who have been in care for at least 12 months (aged 4 to 16), ",
                " have had a strengths and difficulties questionnaire completed.", " Last month this was "));
        keep(all, initialHealthAssessments());
        keep(all, attendance());
        keep(all, count("Care leavers", "CL_BANDB_COUNT", "We have ", "care leaver", "care leavers",
                " in bed and breakfast accommodation.", " In the previous month we had "));
        keep(all, percentOf("Care leavers", "CL_SUITABLE_ACCOM", "",
                " of our care leavers aged 19 to 21 are living in suitable accommodation.", " Last month this was "));
        keep(all, percentOf("Care leavers", "CL_EET", "",
                " of our care leavers aged 19 to 21 are in education, employment or training.", " Last month this was "));
        keep(all, percentOf("Care leavers", "CL_PATHWAY_PLAN_UPTODATE", "",
                " of our care leavers have an up-to-date pathway plan.", " Last month this was "));
        keep(all, percentOf("Care leavers", "CL_IN_TOUCH", "",
                " of our care leavers aged 19 to 21 are in touch with us.", " Last month this was "));
        keep(all, adopted());
        return all;
    }

    private Sentence childrenInCare() {
        Sentence s = new Sentence("Children in care", "CIC_COUNT", "CIC_RATE", "CIC_UASC_COUNT");
        return s.text("We have ").count("CIC_COUNT", 0, "child", "children").text(" in care (rate of ")
                .figure("CIC_RATE", 0).text(" per 10,000), ").figure("CIC_UASC_COUNT", 0)
                .text(" of them unaccompanied asylum-seeking children. In the previous month we had ")
                .figure("CIC_COUNT", 1).text(" (").figure("CIC_RATE", 1).text(") and ").figure("CIC_UASC_COUNT", 1)
                .text(" respectively.");
    }

    private Sentence percentOf(String topic, String code, String before, String statement, String comparison) {
        return new Sentence(topic, code).text(before).figure(code, 0).text(statement).compared(comparison, code, 1, ".");
    }

    private Sentence count(String topic, String code, String before, String singular, String plural, String statement,
            String comparison) {
        return new Sentence(topic, code).text(before).count(code, 0, singular, plural).text(statement)
                .compared(comparison, code, 1, ".");
    }

    private Sentence initialHealthAssessments() {
        String code = "HLT_IHA_20D";
        Figure latest = figures.figure(code, 0);
        Figure before = figures.figure(code, 1);
        Sentence s = new Sentence("Health", code);
        if (latest == null) {
            return s;
        }
        s.text("Of the children who came into care in " + latest.cohortLabel() + ", ").figure(code, 0)
                .text(" had their initial health assessment within 20 working days.");
        if (before != null) {
            s.compared(" For those who came into care in " + before.cohortLabel() + " it was ", code, 1, ".");
        }
        return s;
    }

    private Sentence attendance() {
        String code = "EDU_ATTENDANCE";
        boolean newYear = month.month().getMonth() == Month.SEPTEMBER;
        return new Sentence("Education", code).text("The average attendance of our children in care this academic year is ")
                .figure(code, 0).compared(" (", code, 1, newYear ? " over the last academic year)" : " up to last month)").text(".");
    }

    private Sentence adopted() {
        String code = "ADO_ADOPTED_R12";
        Figure latest = figures.figure(code, 0);
        boolean one = latest != null && latest.value() != null && !latest.suppressed() && latest.value().compareTo(BigDecimal.ONE) == 0;
        return new Sentence("Adoption", code).count(code, 0, "child", "children")
                .text(one ? " was adopted in the last 12 months." : " were adopted in the last 12 months.");
    }

    private static void keep(List<Headline> all, Sentence sentence) {
        if (sentence.published) {
            List<Headline.Part> parts = new ArrayList<>(sentence.parts);
            Headline.Part first = parts.stream().filter(p -> !p.text().isEmpty()).findFirst().orElse(null);
            if (first != null) {
                parts.set(parts.indexOf(first), new Headline.Part(Character.toUpperCase(first.text().charAt(0)) + first.text().substring(1),
                        first.figure()));
            }
            all.add(new Headline(sentence.topic, sentence.codes, parts));
        }
    }

    /** A sentence being written; it is kept only if its first quoted figure was published. */
    private final class Sentence {
        private final String topic;
        private final List<String> codes;
        private final List<Headline.Part> parts = new ArrayList<>();
        private boolean quoted;
        private boolean published;

        Sentence(String topic, String... codes) {
            this.topic = topic;
            this.codes = List.of(codes);
        }

        Sentence text(String text) {
            parts.add(new Headline.Part(text, false));
            return this;
        }

        Sentence figure(String code, int monthsBefore) {
            Figure f = figures.figure(code, monthsBefore);
            if (!quoted) {
                quoted = true;
                published = available(f);
            }
            parts.add(new Headline.Part(written(f), true));
            return this;
        }

        /** A comparison with an earlier figure, left out when that figure was not published or could not be computed. */
        Sentence compared(String before, String code, int monthsBefore, String after) {
            return available(figures.figure(code, monthsBefore)) ? text(before).figure(code, monthsBefore).text(after) : this;
        }

        /** A count followed by its noun, agreeing in number ("1 child", "fewer than 6 children"). */
        Sentence count(String code, int monthsBefore, String singular, String plural) {
            figure(code, monthsBefore);
            Figure f = figures.figure(code, monthsBefore);
            boolean one = f != null && f.value() != null && !f.suppressed() && f.value().compareTo(BigDecimal.ONE) == 0;
            return text(" " + (one ? singular : plural));
        }
    }

    private static boolean available(Figure f) {
        return f != null && f.value() != null;
    }

    private String written(Figure f) {
        if (f == null || f.value() == null) {
            return "not available";
        }
        if (f.suppressed()) {
            // a count withheld only to protect another ("c": 8 who started, beside 1 who ceased) is not "fewer than 6"
            boolean small = f.value().compareTo(BigDecimal.valueOf(threshold)) <= 0;
            return f.unit() != Unit.COUNT ? "a withheld percentage" : small ? "fewer than " + (threshold + 1) : "a withheld number of";
        }
        String whole = NumberFormat.getIntegerInstance(Locale.UK).format(f.value().setScale(0, RoundingMode.HALF_UP));
        return f.unit() == Unit.PERCENT ? whole + "%" : whole;
    }
}
