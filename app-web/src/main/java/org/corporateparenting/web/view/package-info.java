/** Screens, one package per screen, each named in the service's words. */
package org.corporateparenting.web.view;
