import asyncio
async def agen():
    for i in range(3):
        yield i
class ACM:
    async def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        return False
async def main():
    total = 0
    async for v in agen():
        total += v
    async with ACM() as a:
        total += a
    await asyncio.sleep(0)
    return [x async for x in agen()], total
print(asyncio.run(main()))
