package org.tmfsafety.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where the programme's time line places measures and ticks. */
class ProgrammeTimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static ProgrammeItem item(long id, String term, LocalDate due, ProgrammeStatus status, boolean overdue) {
        return new ProgrammeItem(id, 1, null, "M-" + id, "Measure " + id, term, null, due, status, null, null, null,
                overdue, 0, null, null, null);
    }

    @Test
    void placesMeasuresByDueDateInTheirTermsLaneAndLeavesOutDroppedAndUndated() {
        ProgrammeTimeline timeline = ProgrammeTimeline.of(List.of(
                item(1, "SHORT", TODAY.plusMonths(6), ProgrammeStatus.PLANNED, false),
                item(2, "LONG", TODAY.plusMonths(48), ProgrammeStatus.DONE, false),
                item(3, "MEDIUM", null, ProgrammeStatus.PLANNED, false),
                item(4, "SHORT", TODAY.plusMonths(3), ProgrammeStatus.DROPPED, false)), TODAY);
        assertThat(timeline.points()).extracting(ProgrammeTimeline.Point::id).containsExactly(1L, 2L);
        ProgrammeTimeline.Point shortOne = timeline.points().get(0);
        ProgrammeTimeline.Point longOne = timeline.points().get(1);
        assertThat(shortOne.x()).isGreaterThan(timeline.todayX()).isLessThan(longOne.x());
        assertThat(longOne.x()).isLessThanOrEqualTo(ProgrammeTimeline.WIDTH - ProgrammeTimeline.RIGHT);
        assertThat(shortOne.y()).isLessThan(longOne.y());
        assertThat(longOne.state()).isEqualTo("done");
        // four years and more: a tick a year, labelled with the year
        assertThat(timeline.ticks()).extracting(ProgrammeTimeline.Tick::label).contains("2027", "2030");
    }

    @Test
    void anOldOverdueMeasureWidensTheLineWithoutCrowdingTheTicks() {
        ProgrammeTimeline timeline = ProgrammeTimeline.of(List.of(
                item(1, "SHORT", LocalDate.of(2020, 1, 31), ProgrammeStatus.IN_PROGRESS, true),
                item(2, "LONG", TODAY.plusMonths(48), ProgrammeStatus.PLANNED, false)), TODAY);
        assertThat(timeline.points().get(0).state()).isEqualTo("overdue");
        assertThat(timeline.points().get(0).x()).isGreaterThanOrEqualTo(ProgrammeTimeline.LEFT);
        assertThat(timeline.ticks()).hasSizeLessThanOrEqualTo(12);
        // within a year: half-year ticks
        assertThat(ProgrammeTimeline.of(List.of(item(1, "SHORT", TODAY.plusMonths(5), ProgrammeStatus.PLANNED, false)),
                TODAY).ticks()).extracting(ProgrammeTimeline.Tick::label).contains("2027-01", "2027-07");
    }
}
