// The site's few behaviours, from a file because the CSP allows scripts from this site only:
// buttons marked data-print open the print dialog; fields marked data-select select their text on click; the cells
// of a table get their column's title, which a phone shows when it stacks the cells of a row.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
  document.querySelectorAll("[data-select]").forEach(function (field) {
    field.addEventListener("click", function () { field.select(); });
  });
  document.querySelectorAll("table.list").forEach(function (table) {
    var titles = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
      return th.textContent.trim();
    });
    table.querySelectorAll("tbody tr").forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, index) {
        if (titles[index] && !cell.hasAttribute("data-label")) { cell.setAttribute("data-label", titles[index]); }
      });
    });
  });
});
