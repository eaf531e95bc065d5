/**
 * The monthly Corporate Parenting performance pack: its rows ({@link org.corporateparenting.report.pack.BoardPack})
 * and its templates ({@code BoardPack.jrxml} and its parts {@code BoardPack_*.jrxml}).
 */
package org.corporateparenting.report.pack;
