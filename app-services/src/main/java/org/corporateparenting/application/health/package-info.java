/** Recording children's health assessments and checks, and times they went missing. */
package org.corporateparenting.application.health;
