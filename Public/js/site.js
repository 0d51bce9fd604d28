// The site's few behaviours, from a file because the CSP allows scripts from this site only:
// buttons marked data-print open the print dialog; fields marked data-select select their text on click.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
  document.querySelectorAll("[data-select]").forEach(function (field) {
    field.addEventListener("click", function () { field.select(); });
  });
});
