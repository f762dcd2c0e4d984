// ITSM Flow: Tasklist sorts every list by creation date unless the URL names a sorting, and
// ignores the sorting saved with a filter. Staff need the most urgent work first, so a list
// opened without a sorting gets the one our filters define: SLA due date, then priority.
const DEFAULT_SORTING = JSON.stringify([
  { sortBy: 'dueDate', sortOrder: 'asc' },
  { sortBy: 'processVariable', sortOrder: 'asc', parameters: { variable: 'priority', type: 'Integer' } }
]);

function applyDefaultSorting() {
  const hash = window.location.hash || '#/';
  const [path, query = ''] = hash.slice(1).split('?');
  if (path !== '/' && path !== '') {
    return;
  }
  const params = new URLSearchParams(query);
  if (params.has('sorting')) {
    return;
  }
  params.set('sorting', DEFAULT_SORTING);
  window.location.replace('#/?' + params.toString());
}

window.addEventListener('hashchange', applyDefaultSorting);
applyDefaultSorting();

export default [];
