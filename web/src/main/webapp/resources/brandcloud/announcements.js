// An announcement shows a few lines on every page; one longer than that is marked clipped, so it
// fades out and offers "Read it all", and one that fits shows whole with no such link. Checked
// again after every Ajax update, which may bring announcements or take one away.
(function () {
  function mark() {
    document.querySelectorAll('.bc-announcement').forEach((announcement) => {
      const body = announcement.querySelector('.bc-announcement-body');
      announcement.classList.toggle('bc-clipped', !!body && body.scrollHeight > body.clientHeight + 1);
    });
  }
  document.addEventListener('DOMContentLoaded', mark);
  window.addEventListener('resize', mark);
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', mark);
  }
}());
