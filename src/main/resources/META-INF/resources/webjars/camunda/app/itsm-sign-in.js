// ITSM Flow: one sign-in for the workspace and the webapps. The webapps take the user of the
// workspace's session (container-based authentication); when a webapp would show its own login
// view (after "Log out", which ends that session, or when the session has expired), the browser
// goes to ITSM Flow's sign-in page instead, which brings it back here once signed in.
function toSignInPage() {
  if ((window.location.hash || '').indexOf('#/login') === 0) {
    window.location.replace('/login?signed-out');
  }
}

window.addEventListener('hashchange', toSignInPage);
toSignInPage();

export default [];
