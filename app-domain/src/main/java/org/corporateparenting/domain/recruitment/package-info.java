/**
 * Recruiting foster carers: enquiries through initial visit, assessment and panel to approval, and the
 * fostering panel's meetings with their cases and recommendations (Fostering Services (England)
 * Regulations 2011, regs. 23 to 27).
 */
package org.corporateparenting.domain.recruitment;
