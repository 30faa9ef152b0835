/** A tenant's id as a real link to its quota page (open in a new tab works); a plain click stays in the console. */
export function TenantLink({ tenantId, onOpen }: { readonly tenantId: string; readonly onOpen: (tenantId: string) => void }) {
  return (
    <a
      class="tenant-link"
      href={`/quota?tenant=${encodeURIComponent(tenantId)}`}
      data-tenant-link={tenantId}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onOpen(tenantId);
      }}
    >
      {tenantId}
    </a>
  );
}
