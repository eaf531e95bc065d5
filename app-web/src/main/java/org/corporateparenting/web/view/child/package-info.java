/** Practitioners' screens for children: finding a child, their chronology, and their identifying details. */
package org.corporateparenting.web.view.child;
