// Test-only migration of the broken test images (directus/directus:10.99.0-broken and
// 12.99.0-broken, Directus Desktop's test images). The image build gives it a name dated
// after the last migration of its base version, so on an older database every real
// migration runs first and this one fails last: bootstrap exits non-zero with the database
// half-upgraded, the case a launcher must roll back from.
export async function up() {
    throw new Error('dd-test: deliberately failing migration');
}
export async function down() {}
