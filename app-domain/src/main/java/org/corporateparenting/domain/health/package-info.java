/**
 * Health of children looked after (statutory guidance "Promoting the health and well-being of
 * looked-after children", 2015): health assessments and their due dates, dental checks, immunisations,
 * SDQ scores and health passports; and missing episodes with return interviews.
 */
package org.corporateparenting.domain.health;
