/**
 * Looked-after reviews chaired by Independent Reviewing Officers: the statutory timetable (Care
 * Planning, Placement and Case Review (England) Regulations 2010, reg. 33), participation (SSDA903
 * PN codes), IRO allocation and the dispute resolution (escalation) process.
 */
package org.corporateparenting.domain.review;
