/** Who the caller is, which council they act for, and the users of the system. */
package org.corporateparenting.application.access;
