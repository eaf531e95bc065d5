package org.corporateparenting.domain.ssda903.rules.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on social worker episodes. */
class SocialWorkerRulesTest {

    /** Child 1 in care since 2020, still looked after at 31 March, in the year given. */
    private static Given inCare(int year) {
        return Given.year(year).header("CHILD=1", "DOB=01/01/2012").episode("CHILD=1", "DECOM=01/01/2020", "LS=C2");
    }

    /** Child 1 in care from 2020 until 1 October of the year given. */
    private static Given left(int year) {
        return Given.year(year).header("CHILD=1", "DOB=01/01/2012")
                .episode("CHILD=1", "DECOM=01/01/2020", "LS=C2", "DEC=01/10/" + year, "REC=E13");
    }

    private static Given sw(Given given, String... pairs) {
        String[] all = new String[pairs.length + 1];
        all[0] = "CHILD=1";
        System.arraycopy(pairs, 0, all, 1, pairs.length);
        return given.row(Table.SW_EPISODES, all);
    }

    /** One complete episode for the whole of 2025-26. */
    private static Given worked(Given given) {
        return sw(given, "SW_ID=SW1", "SW_DECOM=01/03/2025", "SW_REASON=MANAGE");
    }

    @Test
    void ruleSw01LookedAfterChildHasASocialWorker() {
        assertEquals(List.of(), worked(inCare(2023)).failing("SW01STG1"));
        assertEquals(List.of(2), inCare(2023).failing("SW01STG1"));
        assertEquals(List.of(), left(2023).failing("SW01STG1"));
    }

    @Test
    void ruleSw01aEpisodeBeforeReasonsHasWorkerAndStart() {
        assertEquals(List.of(), sw(inCare(2025), "SW_ID=SW1", "SW_DECOM=01/01/2023").failing("SW01aSTG1"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_DECOM=01/01/2023").failing("SW01aSTG1"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_ID=SW1").failing("SW01aSTG1"));
    }

    @Test
    void ruleSw01bLaterEpisodeHasWorkerAndReason() {
        assertEquals(List.of(), worked(inCare(2025)).failing("SW01bSTG1"));
        assertEquals(List.of(), sw(inCare(2025), "SW_ID=SW1", "SW_DECOM=01/01/2023").failing("SW01bSTG1"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_ID=SW1", "SW_DECOM=01/05/2025").failing("SW01bSTG1"));
    }

    @Test
    void ruleSw02WorkerIdBeginsSwOrXx() {
        assertEquals(List.of(), sw(inCare(2025), "SW_ID=XX123").failing("SW02STG1"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_ID=AB123").failing("SW02STG1"));
    }

    @Test
    void ruleSw03EpisodeIsComplete() {
        assertEquals(List.of(), worked(inCare(2023)).failing("SW03STG1"));
        assertEquals(List.of(), sw(inCare(2023), "SW_ID=SW1", "SW_DECOM=01/01/2023").failing("SW03STG1"));
        assertEquals(List.of(2), sw(inCare(2023), "SW_ID=SW1", "SW_DECOM=01/05/2023").failing("SW03STG1"));
    }

    @Test
    void ruleSw04StartIsADate() {
        assertEquals(List.of(), worked(inCare(2025)).failing("SW04STG1"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_DECOM=1/5/2025").failing("SW04STG1"));
    }

    @Test
    void ruleSw05EndIsADate() {
        assertEquals(List.of(), sw(inCare(2025), "SW_DEC=01/05/2025").failing("SW05STG1"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_DEC=x").failing("SW05STG1"));
    }

    @Test
    void ruleSw06StartsByTheYearsEnd() {
        assertEquals(List.of(), worked(inCare(2025)).failing("SW06STG2"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_DECOM=01/04/2026").failing("SW06STG2"));
    }

    @Test
    void ruleSw07EndsInTheYear() {
        assertEquals(List.of(), sw(inCare(2025), "SW_DEC=31/03/2026").failing("SW07STG2"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_DEC=31/03/2025").failing("SW07STG2"));
    }

    @Test
    void ruleSw08EarlierEpisodeEndsBeforeTheNext() {
        assertEquals(List.of(), sw(inCare(2025), "SW_DECOM=01/03/2025", "SW_DEC=01/06/2025")
                .row(Table.SW_EPISODES, "CHILD=1", "SW_DECOM=01/06/2025").failing("SW08STG2"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_DECOM=01/03/2025")
                .row(Table.SW_EPISODES, "CHILD=1", "SW_DECOM=01/06/2025").failing("SW08STG2"));
    }

    @Test
    void ruleSw09LastsADayOrMore() {
        assertEquals(List.of(), sw(inCare(2025), "SW_DECOM=01/05/2025", "SW_DEC=02/05/2025").failing("SW09STG2"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_DECOM=01/05/2025", "SW_DEC=01/05/2025").failing("SW09STG2"));
    }

    @Test
    void ruleSw10NoOverlap() {
        assertEquals(List.of(), sw(inCare(2025), "SW_DECOM=01/03/2025", "SW_DEC=01/06/2025")
                .row(Table.SW_EPISODES, "CHILD=1", "SW_DECOM=01/06/2025").failing("SW10STG2"));
        assertEquals(List.of(3), sw(inCare(2025), "SW_DECOM=01/03/2025", "SW_DEC=01/06/2025")
                .row(Table.SW_EPISODES, "CHILD=1", "SW_DECOM=31/05/2025").failing("SW10STG2"));
    }

    @Test
    void ruleSw11aLookedAfterChildsWorkerCarriesOn() {
        assertEquals(List.of(), worked(inCare(2023)).failing("SW11aSTG2"));
        assertEquals(List.of(), sw(left(2023), "SW_DECOM=01/03/2023", "SW_DEC=01/10/2023").failing("SW11aSTG2"));
        assertEquals(List.of(2), sw(inCare(2023), "SW_DECOM=01/03/2023", "SW_DEC=01/10/2023").failing("SW11aSTG2"));
    }

    @Test
    void ruleSw11bWorkerCarriesOnWhileInCare() {
        assertEquals(List.of(), sw(left(2025), "SW_DECOM=01/03/2025", "SW_DEC=01/10/2025").failing("SW11bSTG2"));
        assertEquals(List.of(2), sw(left(2025), "SW_DECOM=01/03/2025", "SW_DEC=01/08/2025").failing("SW11bSTG2"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_DECOM=01/03/2025", "SW_DEC=01/08/2025").failing("SW11bSTG2"));
        assertEquals(List.of(), sw(inCare(2023), "SW_DECOM=01/03/2023", "SW_DEC=01/08/2023").failing("SW11bSTG2"));
        assertEquals(List.of(2), sw(left(2023), "SW_DECOM=01/03/2023", "SW_DEC=01/08/2023").failing("SW11bSTG2"));
    }

    @Test
    void ruleSw12WorkersForTheWholeYear() {
        assertEquals(List.of(), sw(inCare(2025), "SW_DECOM=01/04/2025", "SW_DEC=01/06/2025")
                .row(Table.SW_EPISODES, "CHILD=1", "SW_DECOM=01/06/2025").failing("SW12STG2"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_DECOM=02/04/2025").failing("SW12STG2"));
        assertEquals(List.of(3), sw(inCare(2025), "SW_DECOM=01/04/2025", "SW_DEC=01/06/2025")
                .row(Table.SW_EPISODES, "CHILD=1", "SW_DECOM=02/06/2025").failing("SW12STG2"));
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "DOB=01/06/2025").episode("CHILD=1", "DECOM=01/06/2025")
                .row(Table.SW_EPISODES, "CHILD=1", "SW_DECOM=01/06/2025").failing("SW12STG2"));
    }

    @Test
    void ruleSw13ReasonIsACode() {
        assertEquals(List.of(), worked(inCare(2025)).failing("SW13STG1"));
        assertEquals(List.of(), sw(inCare(2025), "SW_DECOM=01/03/2023").failing("SW13STG1"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_DECOM=01/05/2025").failing("SW13STG1"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_DECOM=01/05/2025", "SW_REASON=BORED").failing("SW13STG1"));
        assertEquals(List.of(2), sw(inCare(2023), "SW_DECOM=01/05/2023").failing("SW13STG1"));
        assertEquals(List.of(), sw(inCare(2023), "SW_DECOM=01/03/2023").failing("SW13STG1"));
    }

    @Test
    void ruleSw14EpisodeEndsWhenCareHasEnded() {
        assertEquals(List.of(), worked(inCare(2023)).failing("SW14STG2"));
        assertEquals(List.of(2), sw(left(2023), "SW_DECOM=01/03/2023").failing("SW14STG2"));
    }

    @Test
    void ruleSw17WorkerAtTheYearsEnd() {
        assertEquals(List.of(), worked(inCare(2025)).failing("SW17STG2"));
        assertEquals(List.of(), left(2025).failing("SW17STG2"));
        assertEquals(List.of(2), sw(inCare(2025), "SW_DECOM=01/03/2025", "SW_DEC=01/03/2026").failing("SW17STG2"));
        assertEquals(List.of(2), inCare(2025).failing("SW17STG2"));
    }
}
