x = f'{import}'
