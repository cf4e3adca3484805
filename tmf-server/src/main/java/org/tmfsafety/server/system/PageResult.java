package org.tmfsafety.server.system;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a longer list, as returned by list endpoints: {@code {"items":[...], "total":N,
 * "page":P, "size":S}}. Pages are numbered from 0.
 *
 * @param <T> the type of the items
 * @param items the items on this page
 * @param total the number of items on all pages
 * @param page the zero-based page number
 * @param size the requested page size
 */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    /** Returns the number of pages (at least 1, so that an empty list still has a page). */
    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /**
     * Returns the page numbers a pager shows: the first and last page and those within {@code radius}
     * of this one, with -1 standing for each gap.
     */
    public List<Integer> pageWindow(int radius) {
        List<Integer> pages = new ArrayList<>();
        int last = pageCount() - 1;
        for (int n = 0; n <= last; n++) {
            if (n == 0 || n == last || Math.abs(n - page) <= radius) {
                pages.add(n);
            }
            else if (pages.get(pages.size() - 1) != -1) {
                pages.add(-1);
            }
        }
        return pages;
    }

}
