/** Recording children's personal education plans, attendance, suspensions, EHCPs and reduced timetables. */
package org.corporateparenting.application.education;
