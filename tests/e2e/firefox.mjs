export async function firefoxSuite() {}
