package org.tmfsafety.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Chart geometry: bar lengths proportional to values, points on whole-decade logarithmic axes. */
class SvgChartsTest {

    @Test
    void barsAreProportionalAndLongLabelsShortened() {
        SvgCharts.BarChart chart = SvgCharts.bars(List.of(new SvgCharts.Item("a", 10, "/x"),
                new SvgCharts.Item("a label much longer than the space there is for it on the left", 5, null)),
                Locale.ENGLISH);
        assertThat(chart.bars()).hasSize(2);
        assertThat(chart.bars().get(1).width()).isCloseTo(chart.bars().get(0).width() / 2, within(1e-9));
        assertThat(chart.bars().get(1).y()).isGreaterThan(chart.bars().get(0).y());
        assertThat(chart.bars().get(1).shortLabel()).hasSizeLessThanOrEqualTo(38).endsWith("…");
        assertThat(SvgCharts.bars(List.of(), Locale.ENGLISH).isEmpty()).isTrue();
    }

    @Test
    void placesPointsOnLogAxesSpanningWholeDecadesAndDrawsFactorLines() {
        SvgCharts.Scatter chart = SvgCharts.logScatter(List.of(new SvgCharts.Datum(10, 10, "a", null, "s"),
                new SvgCharts.Datum(1000, 100, "b", null, "s"), new SvgCharts.Datum(-1, 5, "left out", null, "s")),
                "x", "y", Locale.ENGLISH, true, 1, 2);
        assertThat(chart.points()).hasSize(2);
        assertThat(chart.xTicks()).extracting(SvgCharts.Tick::label).containsExactly("10", "100", "1,000");
        SvgCharts.Point low = chart.points().get(0);
        SvgCharts.Point high = chart.points().get(1);
        assertThat(low.x()).isCloseTo(chart.left(), within(1e-9));
        assertThat(high.x()).isCloseTo(chart.left() + chart.plotWidth(), within(1e-9));
        assertThat(low.y()).isCloseTo(chart.top() + chart.plotHeight(), within(1e-9));
        assertThat(high.y()).isCloseTo(chart.top() + chart.plotHeight() / 2, within(1e-9));
        assertThat(chart.lines()).hasSize(2).extracting(SvgCharts.Line::css)
            .containsExactly("chart-line-equal", "chart-line-factor");
        SvgCharts.Line equal = chart.lines().get(0);
        assertThat(equal.x1()).isCloseTo(chart.left(), within(1e-9));
        assertThat(equal.y2()).isCloseTo(chart.top(), within(1e-9));
    }
}
