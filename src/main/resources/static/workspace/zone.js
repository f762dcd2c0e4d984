// Tells the server the browser's time zone, so that every date is shown in the viewer's own zone.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('itsm-tz=' + encodeURIComponent(zone)) < 0) {
      document.cookie = 'itsm-tz=' + encodeURIComponent(zone) + '; path=/; SameSite=Lax; max-age=31536000';
    }
  } catch (e) {
    // No Intl support: the server's configured zone is used, and named on every date.
  }
})();
