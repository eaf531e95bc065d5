/**
 * Charts as SVG text, drawn on the server for the board's screens and packs alike (no front-end bundle can be
 * built, and a chart drawn once cannot disagree with itself). Colours follow the Okabe–Ito palette, which
 * stays distinct for the common colour-blindnesses, and every line is also told apart by its dash and its
 * label; each chart carries a title and a description for screen readers, and screens show the data as a
 * table beside it.
 */
package org.corporateparenting.report.chart;
