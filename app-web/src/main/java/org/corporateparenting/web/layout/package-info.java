/** The frame around every screen: header, navigation drawer and sign-out. Tablet first. */
package org.corporateparenting.web.layout;
