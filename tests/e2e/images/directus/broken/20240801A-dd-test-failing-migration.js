// Test-only migration of directus/directus:10.99.0-broken (Directus Desktop's test images).
// It is dated after the last migration of Directus 10.13.4, so on an older database every
// real migration runs first and this one fails last: bootstrap exits non-zero with the
// database half-upgraded, the case a launcher must roll back from.
export async function up() {
    throw new Error('dd-test: deliberately failing migration');
}
export async function down() {}
