/**
 * Education of children looked after (statutory guidance "Promoting the education of looked-after and
 * previously looked-after children", 2018): personal education plans, attendance, suspensions and
 * exclusions, education, health and care plans, and reduced timetables.
 */
package org.corporateparenting.domain.education;
