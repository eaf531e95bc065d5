package org.corporateparenting.application.child;

import java.util.List;

/** One page of a longer list, with the total so screens can page through it. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
