/** The fostering recruitment pipeline and the fostering panel. */
package org.corporateparenting.application.recruitment;
