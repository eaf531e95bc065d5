/** Finding children and counting those looked after; child-level reads are for practitioner roles only. */
package org.corporateparenting.application.child;
