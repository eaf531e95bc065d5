/**
 * The Corporate Parenting Board's screens, read by councillors on tablets: the summary of a published month
 * (tiles and headline sentences), one page per area (indicators with benchmarks, target, six months, direction,
 * status and trend, then the manager's commentary), and an indicator's 24-month detail with its definition.
 * Councillors see aggregates only; figures withheld by the disclosure rule say so. The pages' tables and
 * sentences are written once as HTML ({@link org.corporateparenting.web.view.board.BoardMarkup}) and serve both
 * the screens and the offline copy, so the two cannot differ.
 */
package org.corporateparenting.web.view.board;
