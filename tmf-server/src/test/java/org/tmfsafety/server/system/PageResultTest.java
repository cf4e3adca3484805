package org.tmfsafety.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageResultTest {

    private static PageResult<String> page(long total, int page, int size) {
        return new PageResult<>(List.of(), total, page, size);
    }

    @Test
    void countsPagesWithAtLeastOne() {
        assertThat(page(0, 0, 20).pageCount()).isEqualTo(1);
        assertThat(page(20, 0, 20).pageCount()).isEqualTo(1);
        assertThat(page(21, 0, 20).pageCount()).isEqualTo(2);
        assertThat(page(30_000, 0, 200).pageCount()).isEqualTo(150);
    }

    @Test
    void showsFirstLastAndNeighboursWithGaps() {
        assertThat(page(30_000, 50, 20).pageWindow(2)).containsExactly(0, -1, 48, 49, 50, 51, 52, -1, 1499);
        assertThat(page(100, 0, 20).pageWindow(3)).containsExactly(0, 1, 2, 3, 4);
        assertThat(page(200, 9, 20).pageWindow(1)).containsExactly(0, -1, 8, 9);
    }

}
