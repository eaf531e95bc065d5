/** The home screen: who is signed in and the headline count of children looked after today. */
package org.corporateparenting.web.view.home;
