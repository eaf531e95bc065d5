/**
 * The DfE's 903 validation rules, one definition per code ({@link org.corporateparenting.domain.ssda903.Rule#rule}),
 * grouped by what they read; {@link org.corporateparenting.domain.ssda903.rules.Ssda903Rules} lists them all.
 */
package org.corporateparenting.domain.ssda903.rules;
