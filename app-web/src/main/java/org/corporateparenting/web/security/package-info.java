/** Who may open which screen, and signing out. */
package org.corporateparenting.web.security;
