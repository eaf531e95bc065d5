package org.corporateparenting.domain.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DisclosureRuleTest {

    private static final DisclosureRule RULE = new DisclosureRule(5);

    @Test
    void countsFromOneToTheThresholdAreWithheldAndZeroIsNot() {
        assertThat(RULE.small(0)).isFalse();
        assertThat(RULE.small(1)).isTrue();
        assertThat(RULE.small(5)).isTrue();
        assertThat(RULE.small(6)).isFalse();
        assertThat(new DisclosureRule(3).small(4)).as("the threshold is a setting").isFalse();
        assertThat(Mark.SMALL.printed(5)).isEqualTo("<6");
        assertThat(Mark.CONFIDENTIAL.printed(5)).isEqualTo("c");
        assertThat(Mark.key(5)).contains("<6").contains("c: withheld so that another figure cannot be worked out");
    }

    @Test
    void aPercentageIsWithheldWhenItsComplementIsSmall() {
        assertThat(RULE.withholdsShare(27, 28)).as("96.4% of 28 gives back 1").isTrue();
        assertThat(RULE.withholdsShare(3, 140)).as("numerator small").isTrue();
        assertThat(RULE.withholdsShare(20, 28)).isFalse();
        assertThat(RULE.withholdsShare(0, 28)).as("0% is no small count").isFalse();
        assertThat(RULE.withholdsShare(28, 28)).as("100% leaves none out").isFalse();
    }

    @Test
    void theSecondaryCellOfAColumnIsMarkedCNeverAsSmall() {
        // fostering: connected-person households really 11, withheld only to protect the 3 beside them
        LinkedFigures f = new LinkedFigures();
        int mainstream = f.count("mainstream", 43);
        int connected = f.count("connected person", 11);
        int shortBreak = f.count("short break", 3);
        int total = f.count("total", 57);
        f.sum(total, mainstream, connected, shortBreak);
        Protection p = RULE.protect(f);
        assertThat(p.printed(shortBreak)).isEqualTo("<6");
        assertThat(p.printed(connected)).isEqualTo("c");
        assertThat(p.printed(mainstream)).isEqualTo("43");
        assertThat(p.printed(total)).isEqualTo("57");
        assertThat(p.exposed()).isEmpty();
        assertThat(RecoveryAttack.ranges(f, p.marks(), 5)[shortBreak].possibleValues()).isEqualTo(5);
    }

    @Test
    void withoutSecondarySuppressionTheTotalGivesTheSmallCellBack() {
        LinkedFigures f = new LinkedFigures();
        int a = f.count("a", 43);
        int b = f.count("b", 11);
        int small = f.count("c", 3);
        int total = f.count("total", 57);
        f.sum(total, a, b, small);
        Mark[] primaryOnly = {Mark.SHOWN, Mark.SHOWN, Mark.SMALL, Mark.SHOWN};
        assertThat(RecoveryAttack.ranges(f, primaryOnly, 5)[small]).isEqualTo(new RecoveryAttack.Range(3, 3));
        assertThat(RecoveryAttack.exposed(f, primaryOnly, 5)).containsExactly(small);
    }

    @Test
    void aFigurePrintedInFullByAnotherOutputIsNotTheOneChosen() {
        // the board's annual report prints 11 connected-person households: 57 - 43 - 11 = 3 unless 43 is withheld here
        LinkedFigures f = new LinkedFigures();
        int a = f.count("mainstream", 43);
        int b = f.fixed("connected person", 11);
        int small = f.count("short break", 3);
        int total = f.count("total", 57);
        f.sum(total, a, b, small);
        Protection p = RULE.protect(f);
        assertThat(p.printed(b)).isEqualTo("11");
        assertThat(p.printed(a)).isEqualTo("c");
        assertThat(p.exposed()).isEmpty();
    }

    @Test
    void aFigureWithheldByAnotherOutputStaysWithheld() {
        LinkedFigures f = new LinkedFigures();
        int a = f.count("a", 43);
        int b = f.count("b", 20);
        int total = f.count("total", 63);
        f.sum(total, a, b);
        Protection p = RULE.protect(f, new Mark[] {null, Mark.CONFIDENTIAL, null});
        assertThat(p.withheld(b)).isTrue();
        assertThat(p.withheld(a) || p.withheld(total)).as("else 63 - 43 gives b back").isTrue();
    }

    @Test
    void aWithheldFlowCannotBeRecoveredFromTheStockOfTwoMonths() {
        // 137 in care last month + 8 started - 1 ceased = 144 this month
        LinkedFigures f = new LinkedFigures();
        int last = f.fixed("in care last month", 137);
        int started = f.count("started", 8);
        int ceased = f.count("ceased", 1);
        int now = f.count("in care this month", 144);
        f.balance(new int[] {last, started}, new int[] {now, ceased});
        Mark[] primaryOnly = {Mark.SHOWN, Mark.SHOWN, Mark.SMALL, Mark.SHOWN};
        assertThat(RecoveryAttack.ranges(f, primaryOnly, 5)[ceased].exact()).as("137 + 8 - 144 = 1").isTrue();
        Protection p = RULE.protect(f);
        assertThat(p.printed(ceased)).isEqualTo("<6");
        assertThat(p.printed(started)).isEqualTo("c");
        assertThat(p.printed(now)).isEqualTo("144");
        assertThat(p.exposed()).isEmpty();
    }

    @Test
    void aShareWithItsDenominatorCannotGiveBackASmallComplement() {
        // care leavers: 27 of 28 in suitable accommodation; 96.4% of 28 gives back the 1 who is not
        LinkedFigures f = new LinkedFigures();
        int suitable = f.count("in suitable accommodation", 27);
        int leavers = f.fixed("care leavers", 28);
        int notSuitable = f.share(suitable, leavers);
        Protection p = RULE.protect(f);
        assertThat(p.printed(suitable)).as("withheld to protect the 1, and not misstated as <6").isEqualTo("c");
        assertThat(p.printed(leavers)).isEqualTo("28");
        assertThat(p.exposed()).isEmpty();
        assertThat(RecoveryAttack.ranges(f, p.marks(), 5)[notSuitable].possibleValues()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void twoSmallCellsOfAColumnDoNotNarrowEachOther() {
        LinkedFigures f = new LinkedFigures();
        int a = f.count("a", 2);
        int b = f.count("b", 3);
        int c = f.count("c", 40);
        int total = f.count("total", 45);
        f.sum(total, a, b, c);
        Mark[] primaryOnly = {Mark.SMALL, Mark.SMALL, Mark.SHOWN, Mark.SHOWN};
        assertThat(RecoveryAttack.ranges(f, primaryOnly, 5)[a]).as("a + b = 5 leaves a from 1 to 4").isEqualTo(new RecoveryAttack.Range(1, 4));
        Protection p = RULE.protect(f);
        assertThat(p.exposed()).isEmpty();
        assertThat(p.mark(c)).isEqualTo(Mark.CONFIDENTIAL);
    }

    @Test
    void aWholeColumnOfSmallCellsWithASmallTotalIsWithheldWithNothingToAdd() {
        LinkedFigures f = new LinkedFigures();
        int a = f.count("a", 3);
        int b = f.count("b", 0);
        int total = f.count("total", 3);
        f.sum(total, a, b);
        Protection p = RULE.protect(f);
        assertThat(p.printed(a)).isEqualTo("<6");
        assertThat(p.printed(b)).isEqualTo("0");
        assertThat(p.printed(total)).isEqualTo("<6");
        assertThat(p.exposed()).isEmpty();
    }

    @Test
    void figuresThatDoNotBalanceAreRefusedByName() {
        LinkedFigures f = new LinkedFigures();
        int a = f.count("fostered", 3);
        int total = f.count("total", 4);
        assertThatThrownBy(() -> f.sum(total, a)).hasMessageContaining("fostered").hasMessageContaining("off by");
    }

    @Test
    void noTableOfRowsAndColumnsLeavesAWithheldCellRecoverable() {
        Random random = new Random(19);
        for (int run = 0; run < 300; run++) {
            int rows = 2 + random.nextInt(4);
            int cols = 2 + random.nextInt(4);
            LinkedFigures f = new LinkedFigures();
            int[][] cell = new int[rows][cols];
            long[][] value = new long[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    value[r][c] = random.nextInt(4) == 0 ? random.nextInt(6) : random.nextInt(40);
                    cell[r][c] = f.count("r" + r + "c" + c, value[r][c]);
                }
            }
            long grand = 0;
            int[] rowTotals = new int[rows];
            for (int r = 0; r < rows; r++) {
                long t = 0;
                for (int c = 0; c < cols; c++) {
                    t += value[r][c];
                }
                grand += t;
                rowTotals[r] = f.count("row " + r, t);
                f.sum(rowTotals[r], cell[r]);
            }
            int[] colTotals = new int[cols];
            for (int c = 0; c < cols; c++) {
                long t = 0;
                int[] column = new int[rows];
                for (int r = 0; r < rows; r++) {
                    t += value[r][c];
                    column[r] = cell[r][c];
                }
                colTotals[c] = f.count("column " + c, t);
                f.sum(colTotals[c], column);
            }
            int all = f.count("total", grand);
            f.sum(all, rowTotals);
            Protection p = RULE.protect(f);
            assertThat(p.exposed()).as("run %d", run).isEmpty();
            for (int i = 0; i < f.size(); i++) {
                long v = f.value(i);
                assertThat(p.mark(i) == Mark.SHOWN && RULE.small(v)).as("small cell shown, run %d", run).isFalse();
                assertThat(p.mark(i) == Mark.SMALL && !RULE.small(v)).as("<6 printed for %d, run %d", v, run).isFalse();
            }
        }
    }
}
