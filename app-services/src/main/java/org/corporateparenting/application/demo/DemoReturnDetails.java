package org.corporateparenting.application.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.PreviousPermanence;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.episode.SocialWorkerEpisode;

/**
 * The details the 903 return carries beyond episodes: a previous permanence order for each child looked after (most
 * had none, Z1), the social workers allocated from before care to its end (a change every 6 to 18 months, each for a
 * reason from the DfE's list), and who adopted each child adopted (mostly a married couple; former foster carers when the
 * child was placed with their own foster carers, A5). Drawn from their own seed, so the rest of the demo is unchanged.
 */
final class DemoReturnDetails {

    private static final String[] REASONS = {"MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "OTHERS"};

    private final Draw draw;
    private final int workers;
    private int pupils;
    private final Map<String, String> homes = new HashMap<>();
    final List<Object> records = new ArrayList<>();

    DemoReturnDetails(long seed, int children) {
        this.draw = new Draw(seed ^ 0x903_5eedL);
        this.workers = Math.max(5, children / 12);
    }

    void child(Child child, List<Episode> episodes, LocalDate asAt) {
        List<PeriodOfCare> periods = PeriodOfCare.of(episodes);
        if (periods.isEmpty()) {
            return;
        }
        LocalDate entered = periods.get(0).start();
        String option = draw.weighted(new String[] {"Z1", "P1", "P2", "P3"}, new int[] {88, 2, 6, 4});
        String ordered = option.equals("Z1") ? null : orderDate(child, entered);
        records.add(new PreviousPermanence(child, option, null, ordered));
        socialWorkers(child, periods, asAt);
        child.recordUpn(upn(child, asAt));
        urns(child, episodes);
    }

    /**
     * Each Ofsted-registered placement's URN (every placement but those in {@link Ssda903Codes#PLACEMENTS_WITHOUT_URN}),
     * as a council's case system gives it: the council's own fostering service or adoption agency for its own carers and
     * adopters, one of a few agencies for agency foster carers (the same agency for the same carers), and the home
     * itself for a children's home or other registered placement (the same home for the same address).
     */
    private void urns(Child child, List<Episode> episodes) {
        String own = String.format("%03d", Math.abs(child.getCouncil().getLaCode().hashCode()) % 1000);
        for (Episode episode : episodes) {
            String place = episode.getPlacementType();
            if (place == null || Ssda903Codes.PLACEMENTS_WITHOUT_URN.contains(place)) {
                continue;
            }
            boolean ownService = "PR1".equals(episode.getPlacementProvider()) || episode.getHousehold() != null;
            String urn;
            if (place.startsWith("U") && ownService) {
                urn = "SC" + own + "001";
            } else if (Ssda903Codes.PLACED_FOR_ADOPTION.contains(place)) {
                urn = "SC" + own + "002";
            } else {
                String key = episode.getPlacementProvider() + " " + episode.getPlacementPostcode();
                urn = homes.computeIfAbsent(place.startsWith("U") ? "agency " + Math.abs(key.hashCode()) % 8 : key,
                        k -> String.format("SC%06d", 100000 + homes.size() * 37 + draw.between(0, 36)));
            }
            episode.recordAsReturned(episode.getHomePostcode(), urn);
        }
    }

    /**
     * A unique pupil number as schools allocate them: the DfE's check letter, the council's number, a school's number,
     * the year and a serial, unique in the council; UN1 ("under school age") for a child not yet 4 by the 31 August
     * before the latest collection year began, the day rule 209 reads.
     */
    private String upn(Child child, LocalDate asAt) {
        int latestYear = asAt.getMonthValue() >= 4 ? asAt.getYear() : asAt.getYear() - 1;
        LocalDate august = LocalDate.of(latestYear - 1, 8, 31);
        if (child.getDateOfBirth().plusYears(4).isAfter(august)) {
            return "UN1";
        }
        int serial = pupils++;
        String laCode = String.format("%03d", Integer.parseInt(child.getCouncil().getLaCode().replaceAll("\\D", "0")) % 1000);
        String digits = laCode + String.format("%04d", 2000 + serial / 1000 % 8000)
                + String.format("%02d", child.getDateOfBirth().plusYears(5).getYear() % 100) + String.format("%03d", serial % 1000);
        return checkLetter(digits) + digits;
    }

    /** The DfE's UPN check letter: the 12 characters weighted 2 to 13, the sum modulo 23, as a letter without I, O and S. */
    static char checkLetter(String twelve) {
        int sum = 0;
        for (int i = 0; i < twelve.length(); i++) {
            sum += Character.digit(twelve.charAt(i), 10) * (i + 2);
        }
        return "ABCDEFGHJKLMNPQRTUVWXYZ".charAt(sum % 23);
    }

    /**
     * The child's social workers from before care until their last period of care ends: allocated some months before
     * the child came into care (a child in need or on a protection plan first), kept through any time home between
     * periods of care, each change for a reason from the DfE's list; the first is the usual transfer into the children
     * in care team (TSPROC), since every episode begun from 1 April 2023 needs a reason (rules SW01b, SW13); the first
     * began by the 1 April before the child came into care, as the DfE asks for a looked-after child's whole year of
     * workers, even before care (SW12).
     */
    private void socialWorkers(Child child, List<PeriodOfCare> periods, LocalDate asAt) {
        LocalDate entered = periods.get(0).start();
        LocalDate yearStart = LocalDate.of(entered.getMonthValue() >= 4 ? entered.getYear() : entered.getYear() - 1, 4, 1);
        LocalDate drawn = entered.minusDays(draw.between(60, 500));
        LocalDate before = drawn.isBefore(yearStart) ? drawn : yearStart;
        LocalDate from = before.isAfter(child.getDateOfBirth()) ? before : child.getDateOfBirth();
        LocalDate lastEnd = periods.get(periods.size() - 1).end();
        LocalDate end = lastEnd == null ? asAt : lastEnd;
        String reason = "TSPROC";
        while (from.isBefore(end)) {
            LocalDate until = from.plusDays(draw.between(180, 540));
            String worker = "SW" + (10000 + draw.between(1, workers));
            boolean last = !until.isBefore(end);
            records.add(new SocialWorkerEpisode(child, worker, from, last ? lastEnd : until, reason));
            reason = draw.oneOf(List.of(REASONS));
            from = until;
        }
    }

    /** The order's date, its day (and now and then its month) not known to the council. */
    private String orderDate(Child child, LocalDate entered) {
        LocalDate on = draw.dateBetween(child.getDateOfBirth().plusDays(1), entered.minusDays(1).isAfter(child.getDateOfBirth())
                ? entered.minusDays(1) : child.getDateOfBirth().plusDays(1));
        String text = String.format("%02d/%02d/%04d", on.getDayOfMonth(), on.getMonthValue(), on.getYear());
        return draw.chance(0.2) ? "zz/zz/" + on.getYear() : draw.chance(0.2) ? "zz" + text.substring(2) : text;
    }

    void adopters(List<Object> childRecords, List<Episode> episodes) {
        Set<Child> withTheirFosterCarers = new HashSet<>();
        episodes.stream().filter(e -> "A5".equals(e.getPlacementType())).forEach(e -> withTheirFosterCarers.add(e.getChild()));
        for (Object r : childRecords) {
            if (r instanceof AdoptionJourney j && j.dateOf(Milestone.ADOPTION_ORDER) != null) {
                boolean fosterCarers = withTheirFosterCarers.contains(j.getChild());
                boolean couple = draw.chance(0.85);
                String sex = couple ? draw.weighted(new String[] {"MF", "MM", "FF"}, new int[] {85, 7, 8})
                        : draw.chance(0.8) ? "F1" : "M1";
                String legal = !couple ? "L0" : draw.chance(0.15) ? "L2" : sex.equals("MF") ? "L11" : "L12";
                j.describeAdopters(fosterCarers, couple ? 2 : 1, sex, legal);
            }
        }
    }
}
