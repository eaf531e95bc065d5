/** Recording children's adoption journeys and the adopters the agency approves. */
package org.corporateparenting.application.adoption;
