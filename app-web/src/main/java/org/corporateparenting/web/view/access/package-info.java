/** Screens for going live: the council's set-up, its users, and each user's own password. */
package org.corporateparenting.web.view.access;
