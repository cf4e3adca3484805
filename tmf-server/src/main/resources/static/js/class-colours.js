/*
 * Class colours of the methodology profile: the server writes each class badge's colour as data-class-colour, and this
 * sets it as the badge's --tmf-class-colour (tmf.css). A style attribute would be refused by the
 * Content-Security-Policy (style-src 'self'); setting a property through the CSSOM is not.
 */
document.querySelectorAll('[data-class-colour]').forEach(function (element) {
  element.style.setProperty('--tmf-class-colour', element.getAttribute('data-class-colour'));
});
