/*
 * Class colours of a methodology profile (profile comparison page): an element with data-colour gets that colour as a
 * light background. Set here rather than in a style attribute, which the Content-Security-Policy (style-src 'self')
 * does not allow.
 */
document.querySelectorAll('[data-colour]').forEach(function (element) {
  element.style.backgroundColor = element.getAttribute('data-colour') + '33';
});
